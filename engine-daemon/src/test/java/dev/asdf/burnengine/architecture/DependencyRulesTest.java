package dev.asdf.burnengine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The dependency rules of docs/architecture.md, checked on every module's main classes. This test lives in
 * engine-daemon because it is the one module that sees every other.
 */
@AnalyzeClasses(packages = "dev.asdf.burnengine", importOptions = ProductionClasses.class)
class DependencyRulesTest {
    private static final String CORE = "dev.asdf.burnengine.core..";
    private static final String[] ADAPTERS = {
        "dev.asdf.burnengine.solana..", "dev.asdf.burnengine.http..", "dev.asdf.burnengine.persistence.."
    };
    private static final String[] RUNNERS = {"dev.asdf.burnengine.cli..", "dev.asdf.burnengine.daemon.."};

    @ArchTest
    static final ArchRule core_depends_on_the_jdk_only = classes()
            .that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE)
            .because("engine-core is a JDK-only library: no framework, no I/O library, no logging framework");

    @ArchTest
    static final ArchRule ports_are_interfaces = classes()
            .that().resideInAPackage("dev.asdf.burnengine.core.port")
            .and().areTopLevelClasses()
            .and().areNotAssignableTo(Exception.class)
            .should().beInterfaces()
            .because("core.port is the whole contract with the outside world, and a contract is an interface");

    @ArchTest
    static final ArchRule adapters_never_depend_on_each_other = SlicesRuleDefinition.slices()
            .assignedFrom(new ModuleSlices(ADAPTERS))
            .should().notDependOnEachOther()
            .because("each adapter depends on engine-core and its own libraries only");

    @ArchTest
    static final ArchRule runners_never_depend_on_each_other = SlicesRuleDefinition.slices()
            .assignedFrom(new ModuleSlices(RUNNERS))
            .should().notDependOnEachOther()
            .because("the daemon and the CLI are independent ways to run the same core");

    @ArchTest
    static final ArchRule adapters_never_depend_on_runners = noClasses()
            .that().resideInAnyPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(RUNNERS)
            .because("runners assemble adapters, never the other way round");

    @ArchTest
    static final ArchRule guice_only_in_the_daemon = noClasses()
            .that().resideOutsideOfPackage("dev.asdf.burnengine.daemon..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
            .because("adapters have plain constructors; only the daemon assembles with Guice (the CLI wires by hand)");

    @ArchTest
    static final ArchRule vertx_only_in_the_http_adapter_and_the_daemon = noClasses()
            .that().resideOutsideOfPackages("dev.asdf.burnengine.http..", "dev.asdf.burnengine.daemon..")
            .should().dependOnClassesThat().resideInAPackage("io.vertx..")
            .because("Vert.x is the HTTP adapter's technology");

    @ArchTest
    static final ArchRule no_standard_streams_outside_runners = noClasses()
            .that().resideOutsideOfPackages(RUNNERS)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("libraries log through SLF4J (or System.Logger in core); only a runner talks to the terminal");

    @ArchTest
    static final ArchRule no_java_util_logging = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("logs go through SLF4J with Logback, one configuration for everything");

    /** One slice per module package, for the classes of the given modules only. */
    private static final class ModuleSlices implements SliceAssignment {
        private final String[] modules;

        ModuleSlices(String[] modules) {
            this.modules = modules;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            for (String module : modules) {
                String prefix = module.substring(0, module.length() - 2);
                if (javaClass.getPackageName().equals(prefix) || javaClass.getPackageName().startsWith(prefix + ".")) {
                    return SliceIdentifier.of(prefix.substring(prefix.lastIndexOf('.') + 1));
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "modules " + String.join(", ", modules);
        }
    }
}
