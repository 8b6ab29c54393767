package ca.vigie.system.database;

import ca.vigie.system.VigieProperties;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * One data source, on an external PostgreSQL when {@code vigie.db.url} is set and otherwise on the
 * embedded server. The embedded server is a bean the data source depends on, so the pool closes
 * before the server stops.
 */
class DatabaseConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${vigie.db.url:}'.isBlank()")
    @Profile("!prod")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(VigieProperties properties) {
            return EmbeddedPostgresServer.start(
                    properties.dataDir().resolve("postgres").toAbsolutePath().normalize(),
                    properties.db().embedded().port(),
                    properties.db().embedded().durable());
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername("postgres");
            dataSource.setPoolName("vigie");
            withoutValuesInErrors(dataSource);
            return dataSource;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${vigie.db.url:}'.isBlank()")
    static class External {

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(VigieProperties properties) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(properties.db().url());
            dataSource.setUsername(properties.db().user());
            dataSource.setPassword(properties.db().password());
            dataSource.setPoolName("vigie");
            withoutValuesInErrors(dataSource);
            return dataSource;
        }
    }

    /** PostgreSQL error details quote row values; keep them out of exception messages and logs. */
    static void withoutValuesInErrors(HikariDataSource dataSource) {
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
    }
}
