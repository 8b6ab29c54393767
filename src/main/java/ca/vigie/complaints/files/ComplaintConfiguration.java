package ca.vigie.complaints.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the complaints settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintSettings.class)
class ComplaintConfiguration {}
