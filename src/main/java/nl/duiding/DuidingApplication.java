package nl.duiding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DuidingApplication {

    public static void main(String[] args) {
        SpringApplication.run(DuidingApplication.class, args);
    }
}
