package org.openbmis.app.visa;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry rules of the border network (ADR 0017): every version read at headquarters, written at
 * a post under central's ids (a few hundred rows: always whole). Rules are never deleted; a later
 * version ends an earlier one, which the post takes as a new end of validity. The desk's cache of
 * rules is forgotten when they change. Not an administrator's action: the sync module calls it.
 */
@Service
public class EntryRuleTransfer {

  private final EntryRuleRepository repo;

  EntryRuleTransfer(EntryRuleRepository repo) {
    this.repo = repo;
  }

  /** Every rule, every version (central). */
  @Transactional(readOnly = true)
  public List<EntryRule> all() {
    return repo.list(null, null);
  }

  /** At a post: adds the rules it lacks and takes the end of validity of the others. */
  @Transactional
  public int importAtPost(List<EntryRule> rules) {
    int n = 0;
    for (EntryRule r : rules) {
      var here = repo.find(r.id());
      if (here.isEmpty()) {
        repo.insert(r);
        n++;
      } else if (!Objects.equals(here.get().validUntil(), r.validUntil())) {
        repo.endValidity(r.id(), r.validUntil());
        n++;
      }
    }
    return n;
  }
}
