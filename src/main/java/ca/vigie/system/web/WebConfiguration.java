package ca.vigie.system.web;

import ca.vigie.system.VigieProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VigieProperties.class)
@EnableScheduling
class WebConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("Vigie API")
                        .version("v1")
                        .description("JSON API of Vigie. Errors are RFC 9457 problem details with a correlationId."));
    }
}
