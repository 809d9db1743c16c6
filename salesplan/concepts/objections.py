"""Le traitement des objections : natures, objets et techniques de réponse.

Definitions only; the chapter book/negociation/objections.md and its question
bank read them from here.
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

NATURES_OBJECTIONS: Catalogue[Concept] = Catalogue(
    "nature d'objection",
    (
        Concept(
            "objection_sincere",
            "Objection sincère",
            "Le client exprime un doute réel. Elle peut être fondée (l'offre a vraiment un point faible pour "
            "lui : on la reconnaît et on compense) ou non fondée (il a mal compris ou il est mal informé : on "
            "rectifie avec tact et une preuve).",
            "« Votre copieur n'agrafe pas, or nous relions tous nos dossiers de consultation. »",
        ),
        Concept(
            "objection_pretexte",
            "Objection prétexte",
            "Une raison avancée pour masquer la vraie, ou pour écourter l'entretien. Elle est souvent vague et "
            "change quand on y répond ; une question fait apparaître le vrai frein.",
            "« Envoyez-moi une documentation, je regarderai. »",
        ),
        Concept(
            "objection_tactique",
            "Objection tactique",
            "L'acheteur conteste pour obtenir une concession, alors qu'il est intéressé. Fréquente chez les "
            "acheteurs professionnels, elle porte le plus souvent sur le prix ou les conditions.",
            "« Votre concurrent me fait 12 % ; alignez-vous et on signe. »",
        ),
    ),
)

OBJETS_OBJECTIONS: Catalogue[Concept] = Catalogue(
    "objet d'objection",
    (
        Concept(
            "objection_prix",
            "Objection sur le prix",
            "Le client trouve le prix trop élevé, au-dessus de son budget ou d'une offre concurrente. C'est "
            "la plus fréquente ; elle se traite en revenant à la valeur pour le client, pas en baissant "
            "d'emblée le prix.",
            "« Près de 6 000 € pour un traceur, c'est bien plus que ce que j'avais prévu. »",
        ),
        Concept(
            "objection_produit",
            "Objection sur le produit ou le service",
            "Le doute porte sur une caractéristique de l'offre : qualité, performance, taille, compatibilité, "
            "délai, service associé.",
            "« Ces bureaux réglables, ils ne vont pas se dérégler au bout de six mois ? »",
        ),
        Concept(
            "objection_entreprise",
            "Objection sur l'entreprise",
            "Le doute porte sur le fournisseur : taille, ancienneté, réputation, solidité, service après-vente, "
            "ou fidélité au fournisseur en place.",
            "« Vous êtes une petite structure : si vous fermez, qui assure la maintenance ? »",
        ),
        Concept(
            "objection_moment",
            "Objection « pas le moment »",
            "Le client reconnaît l'intérêt mais repousse la décision : budget de l'année épuisé, autre priorité, "
            "décision à prendre par quelqu'un d'autre, besoin de réfléchir.",
            "« Revenez me voir après le bilan, en avril. »",
        ),
    ),
)

TECHNIQUES_OBJECTIONS: Catalogue[Concept] = Catalogue(
    "technique de traitement des objections",
    (
        Concept(
            "reformulation_objection",
            "Reformulation de l'objection",
            "Redire l'objection avec ses mots, souvent sous forme de question, pour la faire préciser, montrer "
            "qu'on l'a entendue et gagner un temps de réflexion. Elle précède toutes les autres techniques.",
            "Client : « C'est trop compliqué. » — Vendeur : « Vous craignez que vos équipes aient du mal à "
            "prendre en main le nouveau logiciel, c'est cela ? »",
        ),
        Concept(
            "oui_mais",
            "« Oui… mais » (appui)",
            "Reconnaître ce que l'objection a de juste (« oui »), puis apporter un élément qui la relativise "
            "(« mais », ou mieux « et » ou « cependant »). Elle évite d'opposer le vendeur au client.",
            "« Oui, notre prix est plus élevé que celui de la location simple ; cependant la maintenance et "
            "les consommables sont inclus. »",
        ),
        Concept(
            "boomerang",
            "Boomerang (retournement)",
            "Transformer l'objection en argument : la raison invoquée pour refuser devient la raison d'acheter.",
            "« Vous n'avez pas le temps de changer de fournisseur ? C'est justement pour cela que nous prenons "
            "en charge toute l'installation. »",
        ),
        Concept(
            "compensation",
            "Compensation (balance)",
            "Reconnaître un point faible réel de l'offre et le mettre en balance avec un avantage plus "
            "important pour le client.",
            "« C'est vrai, le délai de livraison est de trois semaines ; en contrepartie, l'armoire est "
            "fabriquée à vos cotes exactes. »",
        ),
        Concept(
            "temoignage",
            "Témoignage (référence)",
            "Répondre au doute par l'expérience d'un client comparable et satisfait, qui accepte d'être cité.",
            "« Le cabinet Garnier se posait la même question ; il a divisé par deux ses temps d'arrêt. »",
        ),
        Concept(
            "question_objection",
            "Question (interrogation)",
            "Répondre à l'objection par une question qui la fait préciser (« Qu'entendez-vous par… ? », "
            "« Par rapport à quoi ? »). Elle démasque une objection prétexte et fait souvent trouver la "
            "réponse au client lui-même.",
            "Client : « C'est cher. » — Vendeur : « Cher par rapport à quoi ? »",
        ),
        Concept(
            "report",
            "Report (différer)",
            "Reporter la réponse à plus tard dans l'entretien, quand elle viendra mieux (après la présentation "
            "de l'offre ou du prix), en s'engageant à y revenir.",
            "« Je vous parlerai du prix dans un instant, une fois que nous aurons vu ensemble les options qui "
            "vous sont utiles. »",
        ),
    ),
)

__all__ = ["NATURES_OBJECTIONS", "OBJETS_OBJECTIONS", "TECHNIQUES_OBJECTIONS"]
