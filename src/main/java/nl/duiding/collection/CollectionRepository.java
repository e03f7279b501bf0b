package nl.duiding.collection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CollectionRepository extends JpaRepository<Collection, Long> {

    Optional<Collection> findByToken(String token);

    List<Collection> findByOpgaveIdOrderById(long opgaveId);
}
