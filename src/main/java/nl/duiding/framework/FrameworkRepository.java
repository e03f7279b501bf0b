package nl.duiding.framework;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkRepository extends JpaRepository<Framework, Long> {

    java.util.Optional<Framework> findFirstByNameOrderByVersionDesc(String name);
}
