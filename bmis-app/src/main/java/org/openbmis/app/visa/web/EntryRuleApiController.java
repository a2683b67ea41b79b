package org.openbmis.app.visa.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.visa.CreateEntryRuleCommand;
import org.openbmis.app.visa.EntryRule;
import org.openbmis.app.visa.EntryRuleService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The entry policy: rules by nationality, document type and purpose (administrators write). */
@RestController
@RequestMapping("/api/v1/entry-rules")
@Tag(name = "Entry rules", description = "Entry policy by nationality, versioned")
class EntryRuleApiController {

  private final EntryRuleService rules;

  EntryRuleApiController(EntryRuleService rules) {
    this.rules = rules;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Add a rule (a new version ends the previous one of the same key the day before)")
  EntryRule create(@Valid @RequestBody CreateEntryRuleCommand command) {
    return rules.create(command);
  }

  @GetMapping
  @Operation(summary = "Rules, all versions; filter by nationality and by a day they are in force")
  List<EntryRule> list(
      @RequestParam(required = false) @Nullable String nationality,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate inForceOn) {
    return rules.rules(nationality, inForceOn);
  }

  @GetMapping("/{id}")
  EntryRule rule(@PathVariable UUID id) {
    return rules.rule(id);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "End a rule: it stops applying after yesterday (kept as history)")
  EntryRule end(@PathVariable UUID id) {
    return rules.end(id);
  }
}
