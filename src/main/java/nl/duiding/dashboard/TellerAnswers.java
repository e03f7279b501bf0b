package nl.duiding.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.duiding.analysis.SignifierAggregates.Shares;
import nl.duiding.chart.ChartSvg;
import nl.duiding.chart.TriadChart;
import nl.duiding.framework.FrameworkDefinition;
import nl.duiding.framework.FrameworkDefinition.OptionDefinition;
import nl.duiding.framework.FrameworkDefinition.QuestionDefinition;
import nl.duiding.story.Answer;

/**
 * One story's own answers, in the order its framework version asked them, each ready for a small chart: the triad
 * point on the same ternary geometry as the dashboard, the slider's position between its poles, the stones on their
 * canvas, the chosen options, the scale point and the written answers (masked as stored; the page escapes them).
 */
record TellerAnswers(List<Shown> questions) {

    /** One question as the teller answered it; {@code kind} picks the fragment, {@code state} says whether it was. */
    record Shown(String code, String kind, String prompt, State state, TriadChart triad, List<Share> shares,
                 Slider slider, List<Stone> stones, String xAxis, String yAxis, List<String> chosen, String text) {

        /** The triad answer drawn by the one renderer, named {@code label} for screen readers. */
        public String triadSvg(String label) {
            return ChartSvg.triad(triad, label, ChartSvg.Use.INLINE);
        }
    }

    enum State { ANSWERED, NOT_APPLICABLE, UNANSWERED }

    record Share(String label, String percent) {
    }

    /** A slider or a scale: the answer at {@code x} on a 0–{@link #WIDTH} line between two end labels. */
    record Slider(String low, String high, String value, double x, List<Double> ticks) {
        static final double WIDTH = 300;
        static final double PAD = 10;
    }

    /** A placed stone, x and y as 0–100 and as SVG coordinates (y grows upward on the canvas). */
    record Stone(String label, int series, String x, String y, double cx, double cy) {
    }

    static TellerAnswers of(FrameworkDefinition framework, List<Answer> answers, Locale locale) {
        Map<String, Answer> main = answers.stream().filter(a -> !(a instanceof Answer.Other))
                .collect(Collectors.toMap(Answer::questionCode, Function.identity(), (a, b) -> a));
        Map<String, String> other = answers.stream().filter(a -> a instanceof Answer.Other)
                .collect(Collectors.toMap(Answer::questionCode, a -> ((Answer.Other) a).text(), (a, b) -> a));
        List<Shown> shown = new ArrayList<>();
        for (QuestionDefinition q : framework.questions()) {
            shown.add(shown(q, main.get(q.code()), other.get(q.code()), locale));
        }
        return new TellerAnswers(shown);
    }

    private static Shown shown(QuestionDefinition q, Answer answer, String other, Locale locale) {
        String prompt = q.prompt().in(locale);
        String kind = q.kind().name();
        if (answer == null && other == null) {
            return empty(q, kind, prompt, State.UNANSWERED);
        }
        if (answer instanceof Answer.NotApplicable) {
            return empty(q, kind, prompt, State.NOT_APPLICABLE);
        }
        List<String> labels = q.options().stream().map(o -> o.label().in(locale)).toList();
        return switch (answer) {
            case Answer.Triad t -> new Shown(q.code(), kind, prompt, State.ANSWERED,
                    TriadChart.frame(q.code(), labels).withDots("own", 8, List.of(new Shares(t.a(), t.b(), t.c()))),
                    List.of(new Share(label(labels, 0), pct(t.a())), new Share(label(labels, 1), pct(t.b())),
                            new Share(label(labels, 2), pct(t.c()))), null, null, null, null, null, null);
            case Answer.Dyad d -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null,
                    new Slider(label(labels, 0), label(labels, 1), pct(d.value()), at(d.value()), List.of()),
                    null, null, null, null, null);
            case Answer.Scale s -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null, scale(q, labels, s.value()),
                    null, null, null, null, null);
            case Answer.Stones s -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null, null, stones(q, s, locale),
                    q.xAxis() == null ? "" : q.xAxis().in(locale), q.yAxis() == null ? "" : q.yAxis().in(locale), null, null);
            case Answer.Choice c -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null, null, null, null, null,
                    q.options().stream().filter(o -> c.options().contains(o.code())).map(o -> o.label().in(locale)).toList(),
                    other);
            case Answer.Text t -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null, null, null, null, null, null,
                    t.text());
            case Answer.Number n -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null, null, null, null, null, null,
                    n.value() == Math.rint(n.value()) ? String.valueOf((long) n.value()) : String.valueOf(n.value()));
            case null, default -> new Shown(q.code(), kind, prompt, State.ANSWERED, null, null, null, null, null, null,
                    List.of(), other);
        };
    }

    private static Shown empty(QuestionDefinition q, String kind, String prompt, State state) {
        return new Shown(q.code(), kind, prompt, state, null, null, null, null, null, null, null, null);
    }

    private static Slider scale(QuestionDefinition q, List<String> labels, int value) {
        int points = Math.max(2, q.scalePoints());
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            ticks.add(at(i / (double) (points - 1)));
        }
        return new Slider(label(labels, 0), label(labels, 1), value + " / " + points, at((value - 1) / (double) (points - 1)),
                ticks);
    }

    private static List<Stone> stones(QuestionDefinition q, Answer.Stones answer, Locale locale) {
        List<Stone> out = new ArrayList<>();
        int series = 0;
        for (OptionDefinition item : q.options()) {
            Answer.Position p = answer.placed().get(item.code());
            if (p != null) {
                out.add(new Stone(item.label().in(locale), series % 6, pct(p.x()), pct(p.y()),
                        round(StonesPlot.PAD + p.x() * StonesPlot.SIZE), round(StonesPlot.PAD + (1 - p.y()) * StonesPlot.SIZE)));
            }
            series++;
        }
        return out;
    }

    private static double at(double share) {
        return round(Slider.PAD + Math.max(0, Math.min(1, share)) * Slider.WIDTH);
    }

    private static String label(List<String> labels, int i) {
        return labels.size() > i ? labels.get(i) : "";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f", v * 100);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
