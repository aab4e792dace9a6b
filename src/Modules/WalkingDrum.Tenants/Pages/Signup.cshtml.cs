using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Http;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Tenants.Models;
using WalkingDrum.Tenants.Recipes;
using WalkingDrum.Tenants.Services;

namespace WalkingDrum.Tenants.Pages;

/// <summary>The platform's landing page with the signup form.</summary>
[Scope(EndpointScope.Host)]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class SignupModel(
    TenantProvisioner provisioner, SignupLinks links, RecipeCatalog recipes, IOptions<TenancyOptions> tenancy) : PageModel
{
    [BindProperty]
    public SignupForm Input { get; set; } = new();

    public IReadOnlyList<Recipe> Recipes => recipes.Listed;

    /// <summary>The shop address around the subdomain field, e.g. <c>https://</c> + name + <c>.example.com/</c>.</summary>
    public (string Prefix, string Suffix) Address
    {
        get
        {
            const string marker = "SUBDOMAIN";
            var url = TenantUrls.Storefront(Request, marker, tenancy.Value.BaseDomain);
            var at = url.IndexOf(marker, StringComparison.Ordinal);
            var prefix = url[..at];
            return (prefix.Contains("/s/", StringComparison.Ordinal) ? prefix[(prefix.IndexOf("//", StringComparison.Ordinal) + 2)..] : "",
                url[(at + marker.Length)..].TrimEnd('/'));
        }
    }

    public bool HasError(string field) => ModelState.TryGetValue($"{nameof(Input)}.{field}", out var entry) && entry.Errors.Count > 0;

    public void OnGet() => Input.Recipe = TenantProvisioner.DefaultRecipe;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new SignupRequest(Input.StoreName, Input.Subdomain?.Trim(), Input.Email?.Trim(), Input.Password, Input.Recipe);
        var result = await provisioner.ProvisionAsync(request, cancellationToken);
        switch (result)
        {
            case ProvisioningResult.Created created:
                return Redirect(links.For(Request, created).SignInUrl);
            case ProvisioningResult.Taken taken:
                AddError(taken.Field, taken.Message);
                break;
            case ProvisioningResult.Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    // A field shows one message, so every rule it broke goes into that one.
                    AddError(field, string.Join(" ", messages));
                }

                break;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void AddError(string field, string message)
    {
        var property = field.Length > 0 ? char.ToUpperInvariant(field[0]) + field[1..] : "";
        ModelState.AddModelError(property.Length > 0 ? $"{nameof(Input)}.{property}" : "", message);
    }

    public sealed class SignupForm
    {
        [Display(Name = "Store name")]
        public string? StoreName { get; set; }

        [Display(Name = "Shop address")]
        public string? Subdomain { get; set; }

        public string? Email { get; set; }

        [DataType(DataType.Password)]
        public string? Password { get; set; }

        public string? Recipe { get; set; }
    }
}
