package org.livedash.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.net.URI;

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
  static void modelUsesNoToolkitNoParserNoNetwork(JavaClasses classes) {
    noClasses().that().resideInAPackage("..model..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..",
            "java.net..", "jakarta.websocket..", "org.glassfish.tyrus..", "java.nio.file..",
            "java.nio.channels..")
        .because("the model holds and judges what arrived; reading, writing and drawing it are"
            + " the other parts' work")
        .check(classes);
  }

  @ArchTest
  static void theCoreNeverReachesTheToolkitEvenThroughAnotherClass(JavaClasses classes) {
    noClasses().that().resideInAnyPackage("..model..", "..feed..", "..transport..",
            "..server..", "..report..")
        .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..")
        .because("the relay and the headless runs start no toolkit, however a call is routed")
        .check(classes);
  }

  @ArchTest
  static void uiDoesNoNetworkIo(JavaClasses classes) {
    noClasses().that().resideInAPackage("..ui..")
        .should().dependOnClassesThat(resideInAnyPackage("java.net..", "javax.net..",
            "jakarta.websocket..", "org.glassfish.tyrus..", "org.eclipse.jetty..")
            .and(not(equivalentTo(URI.class))))
        .because("the window reaches a feed only through FeedControl, off the JavaFX thread (an"
            + " address, a URI, is a value it may show)")
        .check(classes);
  }

  @ArchTest
  static void uiNeverReachesTheNetworkThroughAnotherClass(JavaClasses classes) {
    noClasses().that().resideInAPackage("..ui..")
        .should().transitivelyDependOnClassesThat().resideInAnyPackage("..transport..",
            "..server..", "org.glassfish.tyrus..", "org.eclipse.jetty..")
        .because("a view that reached a transport through a helper would block the JavaFX"
            + " thread as surely as one that called it")
        .check(classes);
  }

  @ArchTest
  static void serverUsesNoToolkit(JavaClasses classes) {
    noClasses().that().resideInAPackage("..server..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..",
            "javax.swing..")
        .because("the relay runs on machines with no display, and its image carries no JavaFX")
        .check(classes);
  }

  @ArchTest
  static void packagesHaveNoCycles(JavaClasses classes) {
    slices().matching("org.livedash.(**)").should().beFreeOfCycles().check(classes);
  }
}
