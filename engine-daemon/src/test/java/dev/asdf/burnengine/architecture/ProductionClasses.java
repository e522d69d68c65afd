package dev.asdf.burnengine.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** Imports main classes only: no test classes of this module, and no test jar of another (the core test kit). */
final class ProductionClasses implements ImportOption {
    @Override
    public boolean includes(Location location) {
        String uri = location.asURI().toString();
        return !uri.contains("/test-classes/") && !uri.contains("-tests.jar");
    }
}
