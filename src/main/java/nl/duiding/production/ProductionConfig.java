package nl.duiding.production;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The production module's settings; says at start when no municipality is set, because then every code counts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MunicipalityProperties.class)
class ProductionConfig {

    private static final Logger log = LoggerFactory.getLogger(ProductionConfig.class);

    ProductionConfig(MunicipalityProperties municipalities) {
        if (municipalities.codes().isEmpty()) {
            log.warn("duiding.municipality.codes is not set: declarations for every municipality are imported");
        }
    }
}
