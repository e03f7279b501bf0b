package nl.duiding.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the house style known to every template as {@code ${@municipality}} (layout.html). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HouseStyle.class)
class HouseStyleConfig {

    @Bean(name = "municipality", autowireCandidate = false)
    HouseStyle municipality(HouseStyle houseStyle) {
        return houseStyle;
    }
}
