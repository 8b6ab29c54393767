package ca.vigie.system.web;

import ca.vigie.system.VigieProperties;
import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VigieProperties.class)
@EnableScheduling
class WebConfiguration {

    /** Requests the container refuses before the application get Vigie's page, not Tomcat's. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerErrorPage() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorPage.class.getName());
            }
        });
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Boot registers this filter whenever the resource chain is on, as it is for the version-less
     * webjar paths. It would rewrite links to content-versioned paths, which Vigie does not use, and
     * to find out it looked every link of every page up in each static location: two thirds of the
     * time of a signed-in page (docs/benchmarks.md). Declaring it disabled keeps Boot's out.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** The dispatcher finds its flash map manager by this name. */
    @Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new StaticFiles.PageFlashes();
    }
}
