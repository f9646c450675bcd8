package org.livedash.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that shows JavaFX scenes with text: on Linux, JavaFX lays text out with
 * Pango, which a desktop (GTK 3) brings and a bare server with a headless JDK lacks. There its
 * tests are reported as not run, with the reason, instead of failing on a missing library —
 * except in CI (CI=true), where they must run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(JavaFxTextCondition.class)
public @interface NeedsJavaFxText {
}
