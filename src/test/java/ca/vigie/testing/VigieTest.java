package ca.vigie.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its embedded PostgreSQL, shared by every test class
 * that carries this annotation (one context, one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({
    TestCommunities.class,
    HostileWorld.class,
    TestTables.class,
    TestPlans.class,
    TestTeams.class,
    TestMail.class,
    TestClock.Configuration.class
})
public @interface VigieTest {}
