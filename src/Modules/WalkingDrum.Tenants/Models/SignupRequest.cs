namespace WalkingDrum.Tenants.Models;

/// <summary>What a merchant gives to open a shop (<c>POST /api/signup</c> and the signup form).</summary>
public sealed record SignupRequest(string? StoreName, string? Subdomain, string? Email, string? Password, string? Recipe = null);
