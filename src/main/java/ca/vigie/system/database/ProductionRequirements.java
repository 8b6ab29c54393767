package ca.vigie.system.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start on the embedded database or without an encryption
 * keyset, before any other bean is created.
 */
@Component
@Profile("prod")
class ProductionRequirements implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment = null;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.getProperty("vigie.db.url", "").isBlank()) {
            throw new IllegalStateException(
                    "The prod profile needs an external PostgreSQL: set VIGIE_DB_URL, VIGIE_DB_USER and VIGIE_DB_PASSWORD");
        }
        if ("true"
                .equalsIgnoreCase(
                        environment.getProperty("vigie.demo.enabled", "").strip())) {
            throw new IllegalStateException("The prod profile refuses demo mode: unset VIGIE_DEMO");
        }
        if (environment.getProperty("vigie.encryption.keyset-file", "").isBlank()) {
            throw new IllegalStateException(
                    "The prod profile needs an encryption keyset: set VIGIE_ENCRYPTION_KEYSET_FILE");
        }
    }
}
