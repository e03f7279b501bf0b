package nl.duiding.opgave;

import org.springframework.data.jpa.repository.JpaRepository;

interface Providers extends JpaRepository<Provider, Long> {

    boolean existsByAgbCode(String agbCode);

    boolean existsByAgbCodeAndIdNot(String agbCode, Long id);
}
