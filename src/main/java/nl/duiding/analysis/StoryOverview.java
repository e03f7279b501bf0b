package nl.duiding.analysis;

/**
 * What the opgave dashboard shows for one filter, read from one commit of the index so the parts agree: the story
 * list, every facet (drilled dimensions sideways) and every signifier aggregate.
 */
public record StoryOverview(StoryInsights insights, FacetCounts facets, SignifierAggregates aggregates) {
}
