package nl.duiding.dashboard;

/**
 * Which part of a story list a page shows: page {@code page} of {@code pages}, stories {@code from}–{@code to} of
 * {@code total} (1-based). Paging stops at {@link #MAX_OFFSET}: beyond it, a narrower filter finds a story faster
 * than a thousand pages, and the index need not sort the whole collection for one page.
 */
public record StoryPage(int page, int pages, long total, long from, long to, boolean capped) {

    static final int MAX_OFFSET = 10_000;

    /** The page asked for (anything unreadable is page 1, anything past the end the last page). */
    static int requested(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static int offset(int requested, int size) {
        return (int) Math.min((long) (requested - 1) * size, MAX_OFFSET);
    }

    static StoryPage of(int requested, int size, long total, int shown) {
        int reachable = (int) Math.min((total + size - 1) / size, MAX_OFFSET / size + 1);
        int pages = Math.max(1, reachable);
        int page = Math.min(pages, Math.min(requested, MAX_OFFSET / size + 1));
        long from = shown == 0 ? 0 : (long) (page - 1) * size + 1;
        return new StoryPage(page, pages, total, from, from == 0 ? 0 : from + shown - 1, total > (long) pages * size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
