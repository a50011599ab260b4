package org.openhotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

// No user store yet: staff accounts arrive with the back office (module accounts).
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OpenHotline", sharedModules = "shared")
public class OpenHotlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenHotlineApplication.class, args);
	}
}
