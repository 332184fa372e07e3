package dev.casus.testing;

import dev.casus.Fixtures;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CasusTestsNotRunTest {

    @TempDir
    Path root;

    @Test
    void should_fail_with_the_drafts_and_the_cases_problems_and_the_count_not_run_when_a_draft_fails_to_load() {
        // given
        Path rules = root.resolve("rules");
        Fixtures.draft(rules, "test", Fixtures.DRAFT_YAML,
                Map.of("clauses.drl", Fixtures.CLAUSES.replace("holds(\"aggression\", $i);", "holds(\"aggression\", $i)")));
        Path cases = Fixtures.write(root.resolve("cases/t.yaml"), """
                drafts: [test]
                cases:
                  - id: fine
                    incident: {act: missile-strike, killed: 12}
                  - id: typo
                    incident: {act: missile-strike, kiled: 12}
                """);

        // when
        List<DynamicNode> nodes = CasusTests.suite(rules, cases).toList();

        // then
        DynamicContainer file = (DynamicContainer) nodes.get(0);
        DynamicTest draft = (DynamicTest) file.getChildren().findFirst().orElseThrow();
        assertThat(catchThrowable(() -> draft.getExecutable().execute()))
                .hasMessageContaining("draft test does not load, so 2 cases of this file did not run against it")
                .hasMessageContaining(rules.resolve("test/clauses.drl") + ":9:")
                .hasMessageContaining(cases + ":6:37: unknown field 'kiled'");
    }
}
