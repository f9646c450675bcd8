package org.livedash.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The feed position as a table. Each row is a script of steps, each with the result it must
 * give, then where the client must resume. Steps: {@code bind E} (connect to endpoint E),
 * {@code hello S L} (the server names stream S, "-" for none, at last L), {@code up N} (an
 * update numbered N: how many numbers it skipped, DUP or BAD), {@code gap N} (nothing up to N
 * will come: how many were skipped, or BAD).
 */
class FeedPositionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      first hello: start where the server stands|hello s1 119 =FIRST|119 s1
      dropped before any update: resume there|hello s1 0 =FIRST|0 s1
      next updates move on|hello s1 5 =FIRST; up 6 =0; up 7 =0|7 s1
      repeat and older are duplicates|hello s1 5 =FIRST; up 6 =0; up 6 =DUP; up 3 =DUP|6 s1
      a jump counts the numbers skipped|hello s1 5 =FIRST; up 9 =3|9 s1
      resume in the same stream|hello s1 5 =FIRST; up 6 =0; hello s1 90 =CONTINUES|6 s1
      a new stream starts over|hello s1 5 =FIRST; up 6 =0; hello s2 900 =RESTARTED|0 s2
      a new stream ahead of us|hello s1 500 =FIRST; hello s2 100000 =RESTARTED; up 1 =0|1 s2
      1.0 server going back: from its start|hello - 50 =FIRST; up 51 =0; hello - 7 =RESTARTED|0 -
      1.0 restart, no hole|hello - 50 =FIRST; hello - 7 =RESTARTED; gap 2 =0; up 3 =0|3 -
      a new stream: no hole|hello s1 50 =FIRST; hello s2 9 =RESTARTED; gap 4 =0; up 5 =0|5 s2
      1.0 server going on|hello - 50 =FIRST; up 51 =0; hello - 80 =CONTINUES|51 -
      a stream named for the first time|hello - 50 =FIRST; hello s1 60 =CONTINUES|50 s1
      a stale answer of the same stream|hello s1 50 =FIRST; up 51 =0; hello s1 10 =CONTINUES|51 s1
      an absurd number is refused|hello s1 5 =FIRST; up 9223372036854775000 =BAD; up 6 =0|6 s1
      announced far|hello s1 5 =FIRST;hello s1 30000000 =CONTINUES;up 20000000 =19999994|20000000 s1
      a gap moves past what is lost|hello s1 100 =FIRST; gap 150 =50; up 151 =0|151 s1
      an absurd gap is refused|hello s1 100 =FIRST; gap 9223372036854775000 =BAD|100 s1
      a gap behind us changes nothing|hello s1 100 =FIRST; gap 90 =0|100 s1
      another endpoint starts afresh|bind a =true; hello s1 100 =FIRST; bind b =true|live -
      the same endpoint keeps its place|bind a =true; hello s1 100 =FIRST; bind a =false|100 s1
      updates with no hello start at the first|up 40 =0; up 41 =0|41 -
      """)
  void followsTheScript(String name, String script, String resume) {
    FeedPosition p = new FeedPosition();
    for (String step : script.split(";")) {
      String[] parts = step.trim().split("=");
      String[] words = parts[0].trim().split(" ");
      String result = switch (words[0]) {
        case "bind" -> String.valueOf(p.bindEndpoint(words[1]));
        case "hello" -> p.announce(words[1].equals("-") ? null : words[1],
            Long.parseLong(words[2])).name();
        case "up" -> count(p.advance(Long.parseLong(words[1])));
        case "gap" -> count(p.skipTo(Long.parseLong(words[1])));
        default -> throw new IllegalArgumentException(step);
      };
      assertThat(result).as(step).isEqualTo(parts[1].trim());
    }
    ResumePoint r = p.resumePoint();
    String actual = r.isLive() ? "live -"
        : r.afterSeq() + " " + (r.stream() == null ? "-" : r.stream());
    assertThat(actual).isEqualTo(resume);
  }

  private static String count(long n) {
    if (n == FeedPosition.DUPLICATE) {
      return "DUP";
    }
    return n == FeedPosition.IMPLAUSIBLE ? "BAD" : Long.toString(n);
  }

  @Test
  void aFirstConnectionAsksForHistoryAndWhereItBeginsIsNotAHole() {
    FeedPosition p = new FeedPosition(true);
    assertThat(p.resumePoint()).isEqualTo(ResumePoint.HISTORY);
    assertThat(p.announce("s1", 5000)).isEqualTo(FeedPosition.Announcement.FIRST);
    assertThat(p.resumePoint()).isEqualTo(new ResumePoint(0, "s1"));
    // The server kept 4000…5000: its gap for 1…3999 is not what this client missed.
    assertThat(p.skipTo(3999)).isZero();
    assertThat(p.advance(4000)).isZero();
    assertThat(p.advance(4000)).isEqualTo(FeedPosition.DUPLICATE);
    assertThat(p.advance(4002)).as("a later hole counts").isEqualTo(1);
  }

  @Test
  void historyWithoutAGapStartsAtItsOldestUpdate() {
    FeedPosition p = new FeedPosition(true);
    p.announce("s1", 50);
    assertThat(p.advance(7)).isZero();
    assertThat(p.advance(8)).isZero();
    assertThat(p.resumePoint()).isEqualTo(new ResumePoint(8, "s1"));
    // A new endpoint asks for history again.
    p.bindEndpoint("other");
    assertThat(p.resumePoint()).isEqualTo(ResumePoint.HISTORY);
  }

  @Test
  void aServerThatNamesNoStreamIsSaidOncePerEndpoint() {
    FeedPosition p = new FeedPosition();
    p.bindEndpoint("old");
    assertThat(p.firstUnnamed(null)).isTrue();
    assertThat(p.firstUnnamed(null)).as("once").isFalse();
    assertThat(p.firstUnnamed("s1")).as("a named stream is no news").isFalse();
    p.bindEndpoint("another");
    assertThat(p.firstUnnamed(null)).isTrue();
  }
}
