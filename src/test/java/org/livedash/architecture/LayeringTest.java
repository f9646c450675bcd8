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
  /** The edges: what runs things, and the user's files; nothing in the core depends on them. */
  private static final String[] EDGES = {"org.livedash.cli..", "org.livedash.app..",
      "org.livedash.client..", "org.livedash.settings..", "org.livedash.relay.."};

  /** These packages and the edges. */
  private static String[] andEdges(String... packages) {
    String[] all = java.util.Arrays.copyOf(packages, packages.length + EDGES.length);
    System.arraycopy(EDGES, 0, all, packages.length, EDGES.length);
    return all;
  }

  @ArchTest
  static void modelStandsAlone(JavaClasses classes) {
    noClasses().that().resideInAPackage("..model..")
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("..feed..", "..transport..",
            "..ui..", "..server..", "..derive..", "javafx.."))
        .because("the model is the core every other part builds on, tested without a toolkit")
        .check(classes);
  }

  @ArchTest
  static void derivedSeriesAreArithmeticOnTheModel(JavaClasses classes) {
    noClasses().that().resideInAPackage("org.livedash.derive..")
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("..feed..", "..transport..",
            "..ui..", "..server..", "..record..", "..alert..", "..report..", "javafx..",
            "java.net..", "java.nio.file.."))
        .because("a derived series reads stored series and writes a store of its own, no more:"
            + " the window and a headless run can both evaluate it (decision 0037)")
        .check(classes);
  }

  @ArchTest
  static void feedIsOnlyTheWireFormat(JavaClasses classes) {
    noClasses().that().resideInAPackage("..feed..")
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("..transport..", "..ui..",
            "..server..", "javafx.."))
        .because("the protocol codec is shared by client and server and knows neither")
        .check(classes);
  }

  @ArchTest
  static void transportDoesNotKnowTheUi(JavaClasses classes) {
    noClasses().that().resideInAPackage("..transport..")
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("..ui..", "..server..",
            "javafx.."))
        .because("network threads must never reach into the JavaFX scene graph")
        .check(classes);
  }

  @ArchTest
  static void serverIsIndependentOfTheClient(JavaClasses classes) {
    noClasses().that().resideInAPackage("..server..")
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("..transport..", "..ui..",
            "javafx.."))
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
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("org.livedash.feed",
            "..transport..", "..server.."))
        .because("views read the model and act through FeedControl, never the network; the"
            + " profile editor works on profiles and mappings, which do no I/O on the wire"
            + " (decision 0009)")
        .check(classes);
  }

  @ArchTest
  static void reportsKnowOnlyTheModel(JavaClasses classes) {
    noClasses().that().resideInAPackage("..report..")
        .should().dependOnClassesThat().resideInAnyPackage(andEdges("..feed..", "..transport..",
            "..ui..", "..server..", "javafx.."))
        .because("reports are drawn with Java2D so the headless compare command can make them")
        .check(classes);
  }

  @ArchTest
  static void nothingInTheCoreDependsOnTheEdges(JavaClasses classes) {
    noClasses().that().resideOutsideOfPackages(EDGES)
        .should().dependOnClassesThat().resideInAnyPackage(EDGES)
        .because("the edges run things and keep the user's files; the core is what they run")
        .check(classes);
  }

  @ArchTest
  static void theCommandLineIsTheTop(JavaClasses classes) {
    noClasses().that().resideOutsideOfPackage("org.livedash.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.livedash.cli..")
        .because("the command line reads flags and hands values on; nothing reads flags twice")
        .check(classes);
  }

  @ArchTest
  static void theRuntimeAndTheFilesKnowNoRunner(JavaClasses classes) {
    noClasses().that().resideInAnyPackage("org.livedash.client..", "org.livedash.settings..",
            "org.livedash.relay..")
        .should().dependOnClassesThat().resideInAPackage("org.livedash.app..")
        .because("the runners (the window, headless, the lesson, compare) put the client"
            + " runtime to work; the runtime does not know which one does")
        .check(classes);
  }

  @ArchTest
  static void theUsersFilesKnowOnlyTheCore(JavaClasses classes) {
    noClasses().that().resideInAPackage("org.livedash.settings..")
        .should().dependOnClassesThat().resideInAnyPackage("org.livedash.client..",
            "org.livedash.relay..", "..transport..", "..server..")
        .orShould().transitivelyDependOnClassesThat().resideInAPackage("javafx..")
        .because("settings, profiles, views and secrets are files and the keyring, read by the"
            + " window and the command line alike (a profile shelf is the ui's port, no more)")
        .check(classes);
  }

  @ArchTest
  static void theRelayNeverReachesTheToolkit(JavaClasses classes) {
    noClasses().that().resideInAPackage("org.livedash.relay..")
        .or().haveFullyQualifiedName("org.livedash.cli.ServeCommand")
        .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..",
            "org.livedash.app..")
        .because("the relay image has no JavaFX: serve and its sources must not load it")
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
            "..server..", "..report..", "..derive..")
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
  static void theModelTheWireFormatAndTheTransportsSpeakInReasons(JavaClasses classes) {
    noClasses().that().resideInAnyPackage("org.livedash.model..", "org.livedash.feed..",
            "org.livedash.transport..")
        .should().dependOnClassesThat().resideInAPackage("org.livedash.i18n..")
        .because("the core says what happened as a Reason; the window, the command line and"
            + " reports put it in the user's language, and logs read it in English")
        .check(classes);
  }

  @ArchTest
  static void relaysSpeakInReasonsAndTellTheWireInEnglish(JavaClasses classes) {
    noClasses().that().resideInAnyPackage("org.livedash.server..", "org.livedash.relay..")
        .and().doNotHaveFullyQualifiedName("org.livedash.server.DemoCatalogue")
        .should().dependOnClassesThat().resideInAPackage("org.livedash.i18n..")
        .because("a relay's log is read by its operator's tools and its status and health go"
            + " to clients of any language: both in English, from a Reason the command line"
            + " may still translate (the demo's catalogue only reads its series' names in every"
            + " language, as data it serves)")
        .check(classes);
  }

  @ArchTest
  static void recordingsKnowOnlyTheModel(JavaClasses classes) {
    noClasses().that().resideInAPackage("org.livedash.record..")
        .should().dependOnClassesThat().resideInAnyPackage("org.livedash.feed..",
            "org.livedash.transport..", "org.livedash.server..", "org.livedash.client..",
            "org.livedash.ui..", "org.livedash.app..", "org.livedash.i18n..", "javafx..")
        .because("a recording keeps what the store took in, whatever brought it; it is fed by"
            + " the store's tap and told in reasons")
        .check(classes);
  }

  @ArchTest
  static void alertsKnowOnlyTheModel(JavaClasses classes) {
    noClasses().that().resideInAPackage("org.livedash.alert..")
        .should().dependOnClassesThat().resideInAnyPackage("org.livedash.feed..",
            "org.livedash.transport..", "org.livedash.server..", "org.livedash.client..",
            "org.livedash.ui..", "org.livedash.app..", "org.livedash.record..", "javafx..")
        .because("an alert is judged by the model wherever its readings came from; where it goes"
            + " (a log, a file, a command, the desktop) needs nothing of the feed")
        .check(classes);
  }

  @ArchTest
  static void packagesHaveNoCycles(JavaClasses classes) {
    slices().matching("org.livedash.(**)").should().beFreeOfCycles().check(classes);
  }
}
