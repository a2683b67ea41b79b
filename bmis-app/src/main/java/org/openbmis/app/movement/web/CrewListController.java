package org.openbmis.app.movement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.CreateCrewListCommand;
import org.openbmis.app.movement.CrewList;
import org.openbmis.app.movement.CrewListKind;
import org.openbmis.app.movement.CrewListService;
import org.openbmis.app.movement.CrewMember;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Crew lists of the post (ADR 0016): the lists of a day and a form to key one in, one member a line
 * ("document number; issuing state; name; function").
 */
@Controller
class CrewListController {

  private final CrewListService lists;
  private final jakarta.validation.Validator validator;

  CrewListController(CrewListService lists, jakarta.validation.Validator validator) {
    this.lists = lists;
    this.validator = validator;
  }

  @GetMapping("/crew-lists")
  String page(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate date,
      Model model) {
    return show(date != null ? date : lists.today(), model);
  }

  @PostMapping("/crew-lists")
  String create(
      @RequestParam String carrier,
      @RequestParam CrewListKind kind,
      @RequestParam Direction direction,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate serviceDate,
      @RequestParam String members,
      Model model,
      RedirectAttributes redirect) {
    List<CrewMember> parsed = new ArrayList<>();
    String[] lines = members.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split(";", -1);
      if (f.length < 3 || f.length > 4) {
        model.addAttribute("lineError", i + 1);
        return again(carrier, kind, direction, serviceDate, members, model);
      }
      parsed.add(
          new CrewMember(
              f[0].strip(), f[1].strip(), f[2].strip(), f.length == 4 ? f[3].strip() : null));
    }
    var cmd = new CreateCrewListCommand(carrier, kind, direction, serviceDate, parsed);
    var violations = validator.validate(cmd);
    if (!violations.isEmpty()) {
      model.addAttribute("problemCode", "validation.invalid");
      model.addAttribute(
          "fieldErrors",
          violations.stream()
              .map(
                  v ->
                      new InvalidInputProblem.FieldError(
                          v.getPropertyPath().toString(), "validation.invalid", v.getMessage()))
              .toList());
      return again(carrier, kind, direction, serviceDate, members, model);
    }
    try {
      CrewList list = lists.create(cmd);
      redirect.addFlashAttribute("created", list.members().size());
      return "redirect:/crew-lists?date=" + list.serviceDate();
    } catch (BmisException e) {
      model.addAttribute("problemCode", e.code());
      return again(carrier, kind, direction, serviceDate, members, model);
    }
  }

  private String again(
      String carrier,
      CrewListKind kind,
      Direction direction,
      LocalDate serviceDate,
      String members,
      Model model) {
    model.addAttribute("carrier", carrier);
    model.addAttribute("kind", kind);
    model.addAttribute("direction", direction);
    model.addAttribute("members", members);
    return show(serviceDate, model);
  }

  private String show(LocalDate day, Model model) {
    model.addAttribute("date", day);
    model.addAttribute("lists", lists.lists(day));
    model.addAttribute("kinds", CrewListKind.values());
    model.addAttribute("directions", Direction.values());
    return "movements/crew-lists";
  }
}
