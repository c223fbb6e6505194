// The namespaces most of this project's files use, written once.
global using WebApp.Components.Shared;
global using WebApp.Gateway;
