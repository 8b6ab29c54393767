package ca.vigie.system.web;

import ca.vigie.system.VigieProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VigieProperties.class)
class WebConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
