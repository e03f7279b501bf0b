package nl.duiding.opgave;

import org.springframework.data.jpa.repository.JpaRepository;

interface Opgaven extends JpaRepository<Opgave, Long> {
}
