package org.openbmis.app.screening.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.screening.AlertListService;
import org.openbmis.app.screening.AlertListView;
import org.openbmis.app.screening.CreateListCommand;
import org.openbmis.app.screening.HitService;
import org.openbmis.app.screening.ImportFormat;
import org.openbmis.app.screening.ImportResult;
import org.openbmis.app.screening.ListKind;
import org.openbmis.app.screening.ListVersionView;
import org.openbmis.app.shared.BmisException;
import org.openbmis.screening.AlertAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Alert lists page (administrators): lists, versions and reports, imports, thresholds, volumes. */
@Controller
class ListPageController {

  private final AlertListService lists;
  private final HitService hits;

  ListPageController(AlertListService lists, HitService hits) {
    this.lists = lists;
    this.hits = hits;
  }

  @GetMapping("/screening/lists")
  String page(Model model) {
    List<AlertListView> all = lists.lists();
    Map<String, List<ListVersionView>> versions = new LinkedHashMap<>();
    all.forEach(l -> versions.put(l.code(), lists.versions(l.code()).stream().limit(5).toList()));
    model.addAttribute("lists", all);
    model.addAttribute("versions", versions);
    Map<String, String> suggested = new LinkedHashMap<>();
    all.forEach(l -> suggested.put(l.code(), lists.suggestedFormat(l).code()));
    model.addAttribute("suggestedFormats", suggested);
    model.addAttribute("defaultAction", AlertListService.DEFAULT_ACTION);
    model.addAttribute("volumes", hits.volumes());
    model.addAttribute("kinds", ListKind.values());
    model.addAttribute("actions", AlertAction.values());
    model.addAttribute("formats", ImportFormat.values());
    return "screening/lists";
  }

  @PostMapping("/screening/lists")
  String create(
      @RequestParam String code,
      @RequestParam String name,
      @RequestParam ListKind kind,
      @RequestParam(required = false) @Nullable AlertAction defaultAction,
      @RequestParam(required = false) @Nullable Double threshold,
      RedirectAttributes redirect) {
    try {
      lists.create(new CreateListCommand(code, name, kind, defaultAction, threshold));
      redirect.addFlashAttribute("notice", "screening.list.created");
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    }
    return "redirect:/screening/lists";
  }

  @PostMapping("/screening/lists/{code}/imports")
  String importFile(
      @PathVariable String code,
      @RequestParam String format,
      @RequestParam MultipartFile file,
      RedirectAttributes redirect) {
    try {
      ImportResult r = lists.importList(code, ImportFormat.of(format), file.getInputStream());
      redirect.addFlashAttribute("report", r);
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    } catch (IOException e) {
      redirect.addFlashAttribute("error", "screening.import_unreadable");
    }
    return "redirect:/screening/lists";
  }

  @PostMapping("/screening/lists/{code}/threshold")
  String threshold(
      @PathVariable String code, @RequestParam double threshold, RedirectAttributes redirect) {
    try {
      lists.changeThreshold(code, threshold);
      redirect.addFlashAttribute("notice", "screening.threshold.changed");
    } catch (BmisException e) {
      redirect.addFlashAttribute("error", e.code());
    }
    return "redirect:/screening/lists";
  }
}
