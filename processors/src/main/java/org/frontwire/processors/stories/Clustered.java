package org.frontwire.processors.stories;

import org.frontwire.records.Article;
import org.frontwire.records.Story;

/** An article carrying its story, and the story's new state (null when clustering failed for it). */
record Clustered(Article article, Story story) {}
