package nl.duiding.demo;

import java.util.List;

import nl.duiding.opgave.GoalType;
import nl.duiding.opgave.Law;
import nl.duiding.opgave.OpgaveView.Goal;

/** The three opgaven of shared/DOMAIN.md, with goals of each type. */
final class DemoOpgaven {

    record Definition(String name, Law law, String description, List<Goal> goals) {
    }

    private DemoOpgaven() {
    }

    static List<Definition> all() {
        return List.of(
                new Definition("Zo thuis mogelijk opgroeien", Law.JEUGDWET,
                        "Kinderen en jongeren groeien zo veel mogelijk thuis op, in hun eigen gezin en netwerk, "
                                + "met hulp die dichtbij en op tijd komt.",
                        List.of(new Goal("Minder jeugdigen in verblijf buiten het gezin", GoalType.PERFORMANCE),
                                new Goal("Problemen in gezinnen eerder zien en bespreken", GoalType.PREVENTION),
                                new Goal("Leren welke hulp gezinnen echt verder helpt", GoalType.LEARNING))),
                new Definition("Een inclusief leven", Law.WMO,
                        "Inwoners leiden een inclusief leven: ze doen mee, hebben contact met anderen en "
                                + "houden zelf de regie, ook als ze ondersteuning nodig hebben.",
                        List.of(new Goal("Ondersteuning start binnen vier weken na de melding", GoalType.PERFORMANCE),
                                new Goal("Minder eenzaamheid in de wijken", GoalType.PREVENTION),
                                new Goal("Leren wat het keukentafelgesprek oplevert", GoalType.LEARNING))),
                new Definition("Er mogen zijn, elke dag opnieuw", Law.WLZ,
                        "Mensen die langdurige zorg nodig hebben, mogen er zijn zoals ze zijn, elke dag opnieuw, "
                                + "met aandacht voor wat voor hen een goede dag is.",
                        List.of(new Goal("Vaste gezichten in de zorg rond elke bewoner", GoalType.PERFORMANCE),
                                new Goal("Naasten blijven betrokken", GoalType.PREVENTION),
                                new Goal("Leren wat een goede dag is voor bewoners", GoalType.LEARNING))));
    }
}
