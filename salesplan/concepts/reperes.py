"""Repères chiffrés et remarques de la carte mentale, avec leur source."""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

_INSEE_2022 = (
    "Insee, « Le tissu productif français par catégorie d'entreprises en 2022 », Les entreprises en France, "
    "Insee Références (insee.fr/fr/statistiques/8290682) ; édition 2022 (données 2020), fiche « Microentreprises » "
    "(insee.fr/fr/statistiques/6666957) ; consultés le 26/11/2026"
)

REPERES: Catalogue[Concept] = Catalogue(
    "repère",
    (
        Concept(
            "negociation_plus_longue_btob",
            "Négociation plus longue en BtoB qu'en BtoC",
            "Une vente à une organisation prend plus de temps qu'une vente à un particulier : les montants sont "
            "élevés et engagent l'entreprise sur plusieurs années ; plusieurs personnes interviennent (centre "
            "d'achat) et doivent être convaincues ; l'acheteur est un professionnel qui formalise son besoin, "
            "consulte plusieurs fournisseurs et compare ; la décision suit des procédures internes (validation "
            "hiérarchique, budget, comité) et, pour les acheteurs publics, les règles de la commande publique.",
            "Un particulier achète une imprimante en magasin en dix minutes ; l'ETI a mis quatre mois et "
            "cinq rendez-vous pour choisir son contrat d'impression.",
        ),
        Concept(
            "micro_entreprises_majoritaires",
            "Plus de 90 % des entreprises françaises ont moins de 10 salariés",
            "L'Insee compte en 2022, dans les secteurs marchands non agricoles et non financiers, 4,9 millions "
            "d'entreprises, dont plus de 4,7 millions de micro-entreprises, soit environ 96 % "
            "d'après ces chiffres arrondis (en 2020 : "
            "4 085 606 micro-entreprises, 96,4 %). Attention : la micro-entreprise de l'Insee se définit par moins "
            "de 10 personnes occupées et un chiffre d'affaires ou un total de bilan d'au plus 2 millions d'euros ; "
            "l'affirmation de la carte mentale (« moins de 10 salariés ») en est une approximation. Conséquence "
            "pour le vendeur : la plupart des clients BtoB sont de très petites structures où l'on négocie avec "
            "le dirigeant, alors que l'essentiel du chiffre d'affaires se fait avec un petit nombre d'ETI et de "
            "grandes entreprises.",
            "Dans le fichier de prospection de Bureautik Pro pour le Rhône, 9 entreprises sur 10 sont des TPE : "
            "l'entreprise prévoit une offre simple pour elles et une approche par comptes pour les ETI.",
            _INSEE_2022,
        ),
    ),
)

__all__ = ["REPERES"]
