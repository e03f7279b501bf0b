package nl.duiding.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.duiding.analysis.IndexMaintenance;
import nl.duiding.dialogue.DecisionKind;
import nl.duiding.dialogue.DecisionStatus;
import nl.duiding.dialogue.Feedback;
import nl.duiding.dialogue.RecordedDialogues;
import nl.duiding.dialogue.RecordedDialogues.DecisionLine;
import nl.duiding.dialogue.RecordedDialogues.Observation;
import nl.duiding.dialogue.RecordedDialogues.Said;
import nl.duiding.dialogue.Strength;
import nl.duiding.identity.DuidingUser;
import nl.duiding.identity.UserAccounts;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveCatalog;
import nl.duiding.opgave.OpgaveView;
import nl.duiding.platform.Period;
import nl.duiding.report.CouncilReports;
import nl.duiding.report.ReportScope;

/**
 * What a newcomer to the demo should find besides stories and declarations (issue 17): a verantwoordingsdialoog on
 * the youth opgave with observations, interpretations and decisions, and a published council report on it whose
 * closing is that dialogue's outcome. Made through the modules' own APIs once the index holds the demo's stories
 * (the baseline and the report's figures read it), and only in the start that loaded the demo.
 */
@Component
@ConditionalOnBooleanProperty("duiding.demo.enabled")
class DemoOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DemoOutcomes.class);
    static final String REPORT_TITLE = "Raadsinformatie jeugd: het afgelopen jaar";

    private final DemoData demo;
    private final IndexMaintenance index;
    private final OpgaveCatalog catalog;
    private final RecordedDialogues dialogues;
    private final CouncilReports reports;
    private final UserAccounts accounts;

    DemoOutcomes(DemoData demo, IndexMaintenance index, OpgaveCatalog catalog, RecordedDialogues dialogues,
                 CouncilReports reports, UserAccounts accounts) {
        this.demo = demo;
        this.accounts = accounts;
        this.index = index;
        this.catalog = catalog;
        this.dialogues = dialogues;
        this.reports = reports;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Integer.MAX_VALUE)
    public void afterDemoLoaded() {
        if (!demo.loadedNow()) {
            return;
        }
        index.reconcile(); // a no-op when the index listener ran first; otherwise it builds the index now
        // the demo's policy officer makes both, so the audit log names her, as the dialogue and report do
        DuidingUser officer = accounts.loadUserByUsername("beleid");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            record();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void record() {
        OpgaveView youth = catalog.opgaven().stream().filter(o -> o.law() == Law.JEUGDWET).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(Period.ZONE);
        long dialogue = dialogues.record(dialogue(youth.id(), today));
        long report = reports.create(new ReportScope(youth.id(), null, null, today.minusMonths(12).plusDays(1), today),
                REPORT_TITLE, "beleid");
        reports.updateTexts(report, REPORT_TITLE, "Dit rapport laat zien wat ouders, jongeren en professionals het "
                + "afgelopen jaar vertelden over de jeugdhulp in Dordrecht, naast wat er gedeclareerd is. De afsluiting "
                + "komt uit de verantwoordingsdialoog met de aanbieders.", "", "", "", "");
        reports.publish(report, "beleid");
        log.info("Demo outcomes: dialogue {} and published report {} on '{}'", dialogue, report, youth.name());
    }

    private static RecordedDialogues.Script dialogue(long opgaveId, LocalDate today) {
        LocalDate start = today.minusMonths(6).withDayOfMonth(1);
        return new RecordedDialogues.Script(opgaveId, "Verantwoordingsdialoog jeugd, tweede halfjaar", start, today,
                "beleid", List.of("aanbieder", "griffie"),
                List.of(new Observation(Feedback.GOES_WELL, Strength.STRONG,
                                "Ouders vertellen vaker dat ze zelf beslisten over de hulp.", "beleid",
                                List.of(new Said("aanbieder", "De keukentafelgesprekken zijn langer geworden; er is meer tijd om samen te kiezen."),
                                        new Said("beleid", "Het kan ook komen doordat vooral tevreden ouders hun verhaal vertellen."))),
                        new Observation(Feedback.VULNERABLE, Strength.MEDIUM,
                                "Wachttijden voor specialistische hulp komen in veel verhalen terug.", "aanbieder",
                                List.of(new Said("aanbieder", "Het personeelstekort raakt vooral de behandelplekken."),
                                        new Said("beleid", "De doorverwijzing via het wijkteam loopt soms dubbel."))),
                        new Observation(Feedback.ABSENT, Strength.WEAK,
                                "Jongeren zelf vertellen bijna niet; het zijn vooral ouders en professionals.", "beleid",
                                List.of(new Said("aanbieder", "De uitvraag bereikt jongeren niet via de kanalen die ze gebruiken."),
                                        new Said("beleid", "Jongeren willen misschien niet dat hun ouders meelezen.")))),
                List.of(new DecisionLine(1, DecisionKind.CONTRACT, "Afspraken over maximale wachttijd voor behandeling opnemen in het contract.",
                                "Team inkoop jeugd", today.plusMonths(3), DecisionStatus.OPEN),
                        new DecisionLine(2, DecisionKind.PRACTICE, "Een uitvraag voor jongeren via school en sportclub, met eigen vragen.",
                                "Wijkteam Noord", today.plusMonths(2), DecisionStatus.OPEN),
                        new DecisionLine(0, DecisionKind.OPGAVE, "Zo thuis mogelijk opgroeien blijft de opgave; de regie van ouders wordt een leerdoel.",
                                "Beleidsadviseur jeugd", today.minusDays(7), DecisionStatus.DONE)),
                List.of("Landelijk loopt de hervormingsagenda jeugd; de regio herziet haar inkoop in het komende jaar."));
    }
}
