package nl.heemstede.participatie.core;

import java.util.*;
import org.junit.jupiter.api.Test;
import nl.heemstede.participatie.*;

class ScratchProbeTests {
    @Test
    void probe() {
        long t0 = System.nanoTime();
        Policy policy = Policy.load(PolicyFiles.bundled());
        EngineAdvisor advisor = new EngineAdvisor(policy);
        System.out.println("load ms " + (System.nanoTime() - t0) / 1e6);
        Opgave o = Opgave.builder("x").initiator(Initiator.RESIDENTS).decidedBy(CompetentBody.COUNCIL)
            .impact(Impact.of(true, false, false)).room(Room.of(false, RoomLevel.AMPLE, RoomLevel.AMPLE))
            .stakeholder("a", StakeholderKind.EXPERT).stakeholder("b", StakeholderKind.NEIGHBOURS).build();
        Advice a = advisor.advise(o);
        a.explanation().forEach(e -> System.out.println(e.decision() + " | " + e.rule() + " | " + e.basis() + " | " + e.subject()));
        System.out.println(a.roles());
        Opgave o2 = Opgave.builder("x").initiator(Initiator.MUNICIPALITY).decidedBy(CompetentBody.COUNCIL)
            .impact(Impact.of(true, false, false)).room(Room.of(true, RoomLevel.AMPLE, RoomLevel.AMPLE)).build();
        advisor.advise(o2).explanation().forEach(e -> System.out.println(e.decision() + " | " + e.rule() + " | " + e.basis() + " | " + e.subject()));
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            int n = 20000;
            for (int i = 0; i < n; i++) advisor.advise(i % 2 == 0 ? o : o2);
            System.out.println("us/advice " + (System.nanoTime() - t) / 1e3 / n);
        }
        Map<String,Object> in = new HashMap<>();
        in.put("Wie beslist", "COUNCIL"); in.put("Grote wijziging leefomgeving", true); in.put("Veel actoren", false); in.put("Veel belangen", false);
        long t = System.nanoTime();
        for (int i = 0; i < 20000; i++) policy.dmn().decide(in, List.of("Complexiteit"));
        System.out.println("us/decide " + (System.nanoTime() - t) / 1e3 / 20000 + " " + policy.dmn().decide(in, List.of("Complexiteit")));
    }
}
