package org.livedash.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** The package rules of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.livedash", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static void modelStandsAlone(JavaClasses classes) {
    noClasses().that().resideInAPackage("..model..")
        .should().dependOnClassesThat().resideInAnyPackage("..feed..", "..transport..",
            "..ui..", "..server..", "..app..", "javafx..")
        .because("the model is the core every other part builds on, tested without a toolkit")
        .check(classes);
  }

  @ArchTest
  static void feedIsOnlyTheWireFormat(JavaClasses classes) {
    noClasses().that().resideInAPackage("..feed..")
        .should().dependOnClassesThat().resideInAnyPackage("..transport..", "..ui..",
            "..server..", "..app..", "javafx..")
        .because("the protocol codec is shared by client and server and knows neither")
        .check(classes);
  }

  @ArchTest
  static void transportDoesNotKnowTheUi(JavaClasses classes) {
    noClasses().that().resideInAPackage("..transport..")
        .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..server..", "..app..",
            "javafx..")
        .because("network threads must never reach into the JavaFX scene graph")
        .check(classes);
  }

  @ArchTest
  static void serverIsIndependentOfTheClient(JavaClasses classes) {
    noClasses().that().resideInAPackage("..server..")
        .should().dependOnClassesThat().resideInAnyPackage("..transport..", "..ui..",
            "..app..", "javafx..")
        .because("the demo feed also runs alone, headless, with 'livedash serve'")
        .check(classes);
  }

  @ArchTest
  static void serverLibrariesStayInTheServer(JavaClasses classes) {
    noClasses().that().resideOutsideOfPackage("..server..")
        .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..",
            "com.hivemq..", "io.lettuce..")
        .because("Jetty, the MQTT client and the Redis client serve feeds; the client never"
            + " needs them")
        .check(classes);
  }

  @ArchTest
  static void uiSeesOnlyTheModelReportsAndProfiles(JavaClasses classes) {
    noClasses().that().resideInAPackage("..ui..")
        .should().dependOnClassesThat().resideInAnyPackage("org.livedash.feed",
            "..transport..", "..server..", "..app..")
        .because("views read the model and act through FeedControl, never the network; the"
            + " profile editor works on profiles and mappings, which do no I/O on the wire"
            + " (decision 0009)")
        .check(classes);
  }

  @ArchTest
  static void reportsKnowOnlyTheModel(JavaClasses classes) {
    noClasses().that().resideInAPackage("..report..")
        .should().dependOnClassesThat().resideInAnyPackage("..feed..", "..transport..",
            "..ui..", "..server..", "..app..", "javafx..")
        .because("reports are drawn with Java2D so the headless compare command can make them")
        .check(classes);
  }

  @ArchTest
  static void nothingDependsOnTheApp(JavaClasses classes) {
    noClasses().that().resideOutsideOfPackage("..app..")
        .should().dependOnClassesThat().resideInAPackage("..app..")
        .because("app is the composition root: it wires everything and nothing wires it")
        .check(classes);
  }

  @ArchTest
  static void packagesHaveNoCycles(JavaClasses classes) {
    slices().matching("org.livedash.(**)").should().beFreeOfCycles().check(classes);
  }
}
