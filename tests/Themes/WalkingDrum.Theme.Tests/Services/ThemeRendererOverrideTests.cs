using System.Diagnostics;
using WalkingDrum.Core.Catalog;
using WalkingDrum.Core.Money;
using WalkingDrum.Theme.Models;
using WalkingDrum.Theme.Services;
using Xunit;

namespace WalkingDrum.Theme.Tests.Services;

public sealed class ThemeRendererOverrideTests
{
    private static readonly StorefrontModel Model = new(new StoreDrop("Bean There", "Roasted on Tuesdays"), "/s/bean", null, 2025);
    private static readonly ProductCard Card = new("Kenya AA", "kenya-aa", new Amount(1250, "EUR"), null, null, null);
    private readonly ThemeRenderer _renderer = new([]);

    [Fact]
    public async Task An_enabled_override_replaces_the_theme_template_inside_the_theme_layout()
    {
        var overrides = new FakeTemplateOverrides(("index", "<h1 class=\"mine\">Welcome to {{ store.name }}</h1>"));

        var html = await RenderAsync(overrides);

        Assert.Contains("<h1 class=\"mine\">Welcome to Bean There</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<section class=\"hero", html, StringComparison.Ordinal);
        Assert.Contains("<header class=\"site-header\">", html, StringComparison.Ordinal);
        Assert.Empty(overrides.Failures);
    }

    [Fact]
    public async Task Render_tags_use_the_shops_partial_overrides_and_the_theme_partials_otherwise()
    {
        var withPartial = new FakeTemplateOverrides(
            ("index", "<h1>Shop</h1>{% render 'product-card', card: card, base_path: base_path %}"),
            ("product-card", "<p class=\"my-card\">{{ card.title }} for {{ card.price | money }}</p>"));
        var themePartial = new FakeTemplateOverrides(("index", "<h1>Shop</h1>{% render 'product-card', card: card, base_path: base_path %}"));

        var custom = await RenderAsync(withPartial, new Dictionary<string, object?> { ["card"] = Card });
        var theme = await RenderAsync(themePartial, new Dictionary<string, object?> { ["card"] = Card });

        Assert.Contains("<p class=\"my-card\">Kenya AA for €12.50</p>", custom, StringComparison.Ordinal);
        Assert.Contains("<article class=\"product-card\">", theme, StringComparison.Ordinal);
        Assert.DoesNotContain("my-card", theme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_override_that_fails_while_rendering_falls_back_to_the_theme_and_is_reported()
    {
        var overrides = new FakeTemplateOverrides(("index", "<h1>Broken</h1>{% render 'no-such-template' %}"));

        var html = await RenderAsync(overrides);

        Assert.Contains("<h1>Bean There</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", html, StringComparison.Ordinal);
        var failure = Assert.Single(overrides.Failures);
        Assert.Equal("index", failure.Name);
        Assert.Contains("no-such-template", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_partial_is_blamed_and_dropped_while_the_working_override_stays()
    {
        var overrides = new FakeTemplateOverrides(
            ("index", "<h1 class=\"mine\">Shop</h1>{% render 'product-card', card: card, base_path: base_path %}"),
            ("product-card", "{% render 'product-card', card: card %}"));

        var html = await RenderAsync(overrides, new Dictionary<string, object?> { ["card"] = Card });

        Assert.Contains("<h1 class=\"mine\">Shop</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"product-card\">", html, StringComparison.Ordinal);
        Assert.Equal("product-card", Assert.Single(overrides.Failures).Name);
    }

    [Theory]
    [InlineData("{% for i in (1..5000) %}{% for j in (1..5000) %}{{ j }}{% endfor %}{% endfor %}")]
    [InlineData("{% for i in (1..1000000000) %}x{% endfor %}")]
    [InlineData("{{ (1..500000000) | join: ',' }}")]
    [InlineData("{% assign s = 'xx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}")]
    [InlineData("{% assign s = 'xx' %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}")]
    [InlineData("{% capture k %}{% for j in (1..100) %}0123456789{% endfor %}{% endcapture %}{% for i in (1..9000) %}{{ k }}{% endfor %}")]
    public async Task Runaway_templates_are_stopped_quickly_and_the_theme_renders_instead(string source)
    {
        var overrides = new FakeTemplateOverrides(("index", "<p>runaway</p>" + source));
        var clock = Stopwatch.StartNew();

        var html = await RenderAsync(overrides);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"The runaway template ran for {clock.Elapsed}.");
        Assert.Contains("<h1>Bean There</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("runaway", html, StringComparison.Ordinal);
        Assert.Equal("index", Assert.Single(overrides.Failures).Name);
    }

    [Fact]
    public async Task A_template_that_renders_itself_is_stopped()
    {
        var overrides = new FakeTemplateOverrides(
            ("index", "<h1 class=\"mine\">Shop</h1>{% render 'product-card', card: card %}"),
            ("product-card", "<i>loop</i>{% render 'product-card', card: card %}"));

        var html = await RenderAsync(overrides);

        Assert.DoesNotContain("<i>loop</i>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"mine\">Shop</h1>", html, StringComparison.Ordinal);
        var failure = Assert.Single(overrides.Failures);
        Assert.Equal("product-card", failure.Name);
        Assert.Contains("nested renders", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overrides_read_registered_drops_only_and_never_the_file_system()
    {
        var overrides = new FakeTemplateOverrides(
            ("index", "<h1>[{{ secret.password }}][{{ secret }}][{{ store.name }}]</h1>"),
            ("layout", "{{ content }}{% render '../../../../../../etc/passwd' %}"));

        var html = await RenderAsync(overrides, new Dictionary<string, object?> { ["secret"] = new Secret("hunter2") });

        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", html, StringComparison.Ordinal);
        Assert.Contains("Bean There", html, StringComparison.Ordinal);
        Assert.Equal("layout", Assert.Single(overrides.Failures).Name);
    }

    [Fact]
    public async Task Two_shops_with_different_partial_overrides_never_see_each_others()
    {
        var a = new FakeTemplateOverrides(("index", "{% render 'product-card' %}"), ("product-card", "<p>shop A card</p>"));
        var b = new FakeTemplateOverrides(("index", "{% render 'product-card' %}"), ("product-card", "<p>shop B card</p>"));

        var first = await RenderAsync(a);
        var second = await RenderAsync(b);
        var none = await _renderer.RenderPageAsync("index", Model, new Dictionary<string, object?>(), CancellationToken.None);

        Assert.Contains("shop A card", first, StringComparison.Ordinal);
        Assert.Contains("shop B card", second, StringComparison.Ordinal);
        Assert.DoesNotContain("shop A card", second, StringComparison.Ordinal);
        Assert.DoesNotContain("card</p>", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_renders_an_unsaved_override_and_surfaces_its_failure()
    {
        var saved = new FakeTemplateOverrides(("layout", "<main>{{ content }}</main>"));

        var preview = await _renderer.RenderPreviewAsync("index", Model, new Dictionary<string, object?>(), saved.Set.With("index", "<h1>Draft</h1>"), CancellationToken.None);
        var failure = await Assert.ThrowsAsync<TemplateOverrideException>(() =>
            _renderer.RenderPreviewAsync("index", Model, new Dictionary<string, object?>(), saved.Set.With("index", "{% render 'nope' %}"), CancellationToken.None));

        Assert.Equal("<main><h1>Draft</h1></main>", preview);
        Assert.Equal("index", failure.TemplateName);
    }

    [Fact]
    public void Only_templates_rendered_with_a_shops_data_can_be_overridden()
    {
        Assert.Contains("index", _renderer.OverridableTemplateNames);
        Assert.Contains("layout", _renderer.OverridableTemplateNames);
        Assert.Contains("product-card", _renderer.OverridableTemplateNames);
        Assert.False(_renderer.IsOverridable("not-found"));
        Assert.False(_renderer.IsOverridable("unavailable"));
        Assert.False(_renderer.IsOverridable("../layout"));
        Assert.Contains("{{ content }}", _renderer.ThemeSource("layout"), StringComparison.Ordinal);
    }

    private Task<string> RenderAsync(FakeTemplateOverrides overrides, Dictionary<string, object?>? values = null) =>
        _renderer.RenderPageAsync("index", Model, values ?? [], overrides, CancellationToken.None);

    public sealed record Secret(string Password);
}
