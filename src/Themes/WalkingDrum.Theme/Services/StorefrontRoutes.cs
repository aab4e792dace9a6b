using Microsoft.AspNetCore.Http;

namespace WalkingDrum.Theme.Services;

/// <summary>Conventions every module's storefront routes share.</summary>
public static class StorefrontRoutes
{
    /// <summary>Storefront pages answer HEAD too: uptime monitors and link checkers use it.</summary>
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
