package nl.duiding.privacy;

import java.util.List;

/** One technique for finding one kind of personal data. */
interface Detector {

    List<Finding> find(String text);
}
