package nl.duiding.framework;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<Framework, Long> {

    Optional<Framework> findFirstByNameOrderByVersionDesc(String name);

    List<Framework> findAllByOrderByNameAscVersionAsc();
}
