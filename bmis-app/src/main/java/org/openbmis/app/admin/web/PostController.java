package org.openbmis.app.admin.web;

import jakarta.validation.Validator;
import java.util.UUID;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskFlow;
import org.openbmis.app.admin.DeskLane;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.PostType;
import org.openbmis.app.shared.BmisException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Border posts and their desks: list, create, add desks (ADMIN only). */
@Controller
class PostController {

  private final PostService posts;
  private final Validator validator;

  PostController(PostService posts, Validator validator) {
    this.posts = posts;
    this.validator = validator;
  }

  @InitBinder
  void trim(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping("/admin/posts")
  String list(Model model) {
    return listPage(model, new PostForm());
  }

  @PostMapping("/admin/posts")
  String create(
      @ModelAttribute("postForm") PostForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!binding.hasErrors() && FormErrors.validate(validator, form.toCommand(), binding)) {
      try {
        BorderPostSummary post = posts.createPost(form.toCommand());
        redirect.addFlashAttribute("notice", "admin.notice.post_created");
        return "redirect:/admin/posts/" + post.id();
      } catch (BmisException e) {
        FormErrors.reject(binding, e);
      }
    }
    return listPage(model, form);
  }

  @GetMapping("/admin/posts/{id}")
  String post(@PathVariable UUID id, Model model) {
    return postPage(id, model, new DeskForm());
  }

  @PostMapping("/admin/posts/{id}/desks")
  String addDesk(
      @PathVariable UUID id,
      @ModelAttribute("deskForm") DeskForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!binding.hasErrors() && FormErrors.validate(validator, form.toRequest(), binding)) {
      try {
        DeskSummary desk =
            posts.createDesk(id, form.getCode(), form.getName(), form.getFlow(), form.getLane());
        redirect.addFlashAttribute("notice", "admin.notice.desk_created");
        redirect.addFlashAttribute("noticeArg", desk.code());
        return "redirect:/admin/posts/" + id;
      } catch (BmisException e) {
        FormErrors.reject(binding, e);
      }
    }
    return postPage(id, model, form);
  }

  /** A desk's flow and lane, from the row's own form on the post's page. */
  @PostMapping("/admin/posts/{id}/desks/{deskId}")
  String changeDesk(
      @PathVariable UUID id,
      @PathVariable UUID deskId,
      @RequestParam DeskFlow flow,
      @RequestParam DeskLane lane,
      RedirectAttributes redirect) {
    DeskSummary desk = posts.updateDesk(id, deskId, flow, lane);
    redirect.addFlashAttribute("notice", "admin.notice.desk_changed");
    redirect.addFlashAttribute("noticeArg", desk.code());
    return "redirect:/admin/posts/" + id;
  }

  private String listPage(Model model, PostForm form) {
    model.addAttribute("posts", posts.posts());
    model.addAttribute("types", PostType.values());
    model.addAttribute("postForm", form);
    return "admin/posts";
  }

  private String postPage(UUID id, Model model, DeskForm form) {
    model.addAttribute("post", posts.post(id));
    model.addAttribute("desks", posts.desks(id));
    model.addAttribute("deskForm", form);
    model.addAttribute("flows", DeskFlow.values());
    model.addAttribute("lanes", DeskLane.values());
    return "admin/post";
  }
}
