package ca.vigie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VigieApplication {

    public static void main(String[] args) {
        SpringApplication.run(VigieApplication.class, args);
    }
}
