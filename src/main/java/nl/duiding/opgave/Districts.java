package nl.duiding.opgave;

import org.springframework.data.jpa.repository.JpaRepository;

interface Districts extends JpaRepository<District, String> {
}
