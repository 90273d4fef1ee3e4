// backstory pages: a little behaviour, no framework, nothing fetched.
(function () {
  "use strict";

  // The article view: bring the quoted source span into view and flash it.
  var quoted = document.getElementById("quoted");
  if (quoted) {
    quoted.scrollIntoView({ block: "center" });
    document.querySelectorAll("mark.quoted").forEach(function (mark) {
      mark.classList.add("flash");
    });
  }

  // Hovering an annotation shows every layer under the pointer in the info line.
  var info = document.getElementById("annotation-info");
  var text = document.getElementById("article-text");
  if (info && text) {
    var resting = info.textContent;
    text.addEventListener("mouseover", function (event) {
      var labels = [];
      for (var node = event.target; node && node !== text; node = node.parentElement) {
        if (node.classList && node.classList.contains("ann")) {
          labels.push(node.dataset.kind + ": " + node.getAttribute("title"));
        }
      }
      info.textContent = labels.length ? labels.join(" · ") : resting;
      info.classList.toggle("active", labels.length > 0);
    });
    text.addEventListener("mouseleave", function () {
      info.textContent = resting;
      info.classList.remove("active");
    });
  }

  var toggle = document.getElementById("show-annotations");
  if (toggle && text) {
    toggle.addEventListener("change", function () {
      text.classList.toggle("hide-annotations", !toggle.checked);
    });
  }
})();
