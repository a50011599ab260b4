package org.openhotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OpenHotline", sharedModules = "shared")
public class OpenHotlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenHotlineApplication.class, args);
	}
}
