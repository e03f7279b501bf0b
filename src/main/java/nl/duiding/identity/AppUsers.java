package nl.duiding.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);
}
