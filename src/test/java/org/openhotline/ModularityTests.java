package org.openhotline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DESIGN.md hold, and the module documentation is written from the code. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OpenHotlineApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, "docs/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
