package dev.casus.run;

import dev.casus.draft.Draft;

import java.util.List;

/** A draft with the runs of every case that tests it, in suite file and case order. */
public record DraftRun(Draft draft, List<CaseRun> cases) {

    public DraftRun {
        cases = List.copyOf(cases);
    }
}
