package nl.duiding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A module test ({@code @ApplicationModuleTest}) of the annotated class's module with all the modules it depends on,
 * plus what {@link TestFixtures} needs to open a collection a story can be told in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"collection", "opgave", "identity", "ratelimit", "platform", "framework"})
@Import(TestFixtures.class)
public @interface TellingModuleTest {
}
