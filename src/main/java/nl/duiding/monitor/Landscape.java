package nl.duiding.monitor;

import java.util.List;

/**
 * The care landscape of an opgave in a year: providers, and per pair how many stories name both and how many
 * clients both declared for.
 */
record Landscape(List<Node> nodes, List<Edge> edges) {

    record Node(String agb, String name) {
    }

    record Edge(Node a, Node b, long stories, long sharedClients) {
    }
}
